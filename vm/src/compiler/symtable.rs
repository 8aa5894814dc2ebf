//! The symbol table: one scope per module, class, function, lambda and
//! comprehension, and for each name its resolution — local, global
//! (explicit or implicit), free or cell — computed exactly as CPython's
//! `Python/symtable.c` (class scopes are invisible to nested functions; a
//! method that uses `super` or `__class__` gives its class an implicit
//! `__class__` cell).

mod builder;

use super::error::CompileError;
use super::source::SourceMap;
use ruff_text_size::TextRange;
use std::collections::{HashMap, HashSet};

pub use builder::{build, Body, MAX_DEPTH, TOO_DEEP};

pub type ScopeId = usize;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

pub const DEF_GLOBAL: u32 = 1;
pub const DEF_LOCAL: u32 = 2;
pub const DEF_PARAM: u32 = 4;
pub const DEF_NONLOCAL: u32 = 8;
pub const USE: u32 = 16;
/// A free variable of a method that is also bound in the class body.
pub const DEF_FREE_CLASS: u32 = 32;
pub const DEF_IMPORT: u32 = 64;
pub const DEF_ANNOT: u32 = 128;
pub const DEF_COMP_ITER: u32 = 256;
pub const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SymScope {
    Unresolved,
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Clone, Debug)]
pub struct Symbol {
    pub name: String,
    pub flags: u32,
    pub scope: SymScope,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    pub symbols: Vec<Symbol>,
    index: HashMap<String, usize>,
    /// Parameters in slot order: posonly, normal, kwonly, *args, **kwargs.
    pub params: Vec<String>,
    pub children: Vec<ScopeId>,
    pub parent: Option<ScopeId>,
    pub is_generator: bool,
    /// `async def`.
    pub is_async: bool,
    /// Runs as a coroutine: `async def`, or a comprehension with `async
    /// for` or `await` (CPython's `ste_coroutine`).
    pub is_coroutine: bool,
    pub has_varargs: bool,
    pub has_varkw: bool,
    pub needs_class_closure: bool,
    pub nested: bool,
    /// Where `global`/`nonlocal` declared each name (for error locations).
    pub directives: HashMap<String, TextRange>,
    pub range: TextRange,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<ScopeId>, range: TextRange) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            symbols: Vec::new(),
            index: HashMap::new(),
            params: Vec::new(),
            children: Vec::new(),
            parent,
            is_generator: false,
            is_async: false,
            is_coroutine: false,
            has_varargs: false,
            has_varkw: false,
            needs_class_closure: false,
            nested: false,
            directives: HashMap::new(),
            range,
        }
    }
    pub fn is_function_like(&self) -> bool {
        matches!(
            self.kind,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }
    pub fn flags(&self, name: &str) -> u32 {
        self.index.get(name).map_or(0, |&i| self.symbols[i].flags)
    }
    pub fn lookup(&self, name: &str) -> SymScope {
        self.index
            .get(name)
            .map_or(SymScope::Unresolved, |&i| self.symbols[i].scope)
    }
    fn add_flags(&mut self, name: &str, flags: u32) -> u32 {
        match self.index.get(name) {
            Some(&i) => {
                let old = self.symbols[i].flags;
                self.symbols[i].flags |= flags;
                old
            }
            None => {
                self.index.insert(name.to_string(), self.symbols.len());
                self.symbols.push(Symbol {
                    name: name.to_string(),
                    flags,
                    scope: SymScope::Unresolved,
                });
                0
            }
        }
    }
    fn set_scope(&mut self, name: &str, scope: SymScope) {
        if let Some(&i) = self.index.get(name) {
            self.symbols[i].scope = scope;
        } else {
            self.index.insert(name.to_string(), self.symbols.len());
            self.symbols.push(Symbol {
                name: name.to_string(),
                flags: 0,
                scope,
            });
        }
    }

    /// Cell variables, sorted by name (as CPython); `__class__` included.
    pub fn cellvars(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .symbols
            .iter()
            .filter(|s| s.scope == SymScope::Cell)
            .map(|s| s.name.clone())
            .collect();
        if self.needs_class_closure {
            v.push("__class__".to_string());
        }
        v.sort();
        v.dedup();
        v
    }
    /// Free variables, sorted by name.
    pub fn freevars(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .symbols
            .iter()
            .filter(|s| s.scope == SymScope::Free || s.flags & DEF_FREE_CLASS != 0)
            .map(|s| s.name.clone())
            .collect();
        v.sort();
        v
    }
    /// Fast locals of a function-like scope: parameters, then the other
    /// locals in order of first appearance (cells that are not parameters excluded).
    pub fn fast_locals(&self) -> Vec<String> {
        let mut v = self.params.clone();
        if self.is_function_like() {
            for s in &self.symbols {
                if s.scope == SymScope::Local && !self.params.contains(&s.name) {
                    v.push(s.name.clone());
                }
            }
        }
        v
    }
}

pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    /// AST node address → the scope it opens.
    pub by_node: HashMap<usize, ScopeId>,
    /// `from __future__ import annotations` is in effect.
    pub future_annotations: bool,
}

impl SymbolTable {
    pub fn scope_of<T>(&self, node: &T) -> ScopeId {
        self.by_node[&(node as *const T as usize)]
    }

    pub(crate) fn analyze(&mut self, src: &SourceMap) -> Result<(), CompileError> {
        let mut free = HashSet::new();
        self.analyze_block(src, 0, None, &mut free, &HashSet::new())
    }

    fn analyze_block(
        &mut self,
        src: &SourceMap,
        id: ScopeId,
        bound: Option<&HashSet<String>>,
        free: &mut HashSet<String>,
        global: &HashSet<String>,
    ) -> Result<(), CompileError> {
        let mut bound_local: Option<HashSet<String>> = bound.cloned();
        let mut global = global.clone();
        let mut local = HashSet::new();
        let mut scopes: HashMap<String, SymScope> = HashMap::new();
        let is_class = self.scopes[id].kind == ScopeKind::Class;
        let mut newglobal = HashSet::new();
        let mut newbound = HashSet::new();
        if is_class {
            newglobal.extend(global.iter().cloned());
            if let Some(b) = bound {
                newbound.extend(b.iter().cloned());
            }
        }
        let symbols: Vec<(String, u32)> = self.scopes[id]
            .symbols
            .iter()
            .map(|s| (s.name.clone(), s.flags))
            .collect();
        for (name, flags) in &symbols {
            let sc = self.analyze_name(
                src,
                id,
                name,
                *flags,
                bound_local.as_mut(),
                &mut local,
                free,
                &mut global,
            )?;
            scopes.insert(name.clone(), sc);
        }
        if !is_class {
            if self.scopes[id].is_function_like() {
                newbound.extend(local.iter().cloned());
            }
            if let Some(b) = &bound_local {
                newbound.extend(b.iter().cloned());
            }
            newglobal.extend(global.iter().cloned());
        } else {
            newbound.insert("__class__".to_string());
        }
        let mut newfree = HashSet::new();
        for child in self.scopes[id].children.clone() {
            let mut child_free = HashSet::new();
            self.analyze_block(src, child, Some(&newbound), &mut child_free, &newglobal)?;
            newfree.extend(child_free);
        }
        if self.scopes[id].is_function_like() {
            // analyze_cells: locals that children use freely become cells.
            for (name, sc) in scopes.iter_mut() {
                if *sc == SymScope::Local && newfree.remove(name) {
                    *sc = SymScope::Cell;
                }
            }
        } else if is_class && newfree.remove("__class__") {
            self.scopes[id].needs_class_closure = true;
        }
        // update_symbols
        let scope = &mut self.scopes[id];
        for (name, sc) in &scopes {
            scope.set_scope(name, *sc);
        }
        let mut pass_through: Vec<&String> = newfree.iter().collect();
        pass_through.sort();
        for name in pass_through {
            let flags = scope.flags(name);
            if scope.index.contains_key(name.as_str()) {
                if is_class && flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                    scope.add_flags(name, DEF_FREE_CLASS);
                }
                continue;
            }
            if let Some(b) = &bound_local {
                if !b.contains(name) {
                    continue;
                }
            }
            scope.set_scope(name, SymScope::Free);
        }
        free.extend(newfree);
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn analyze_name(
        &mut self,
        src: &SourceMap,
        id: ScopeId,
        name: &str,
        flags: u32,
        bound: Option<&mut HashSet<String>>,
        local: &mut HashSet<String>,
        free: &mut HashSet<String>,
        global: &mut HashSet<String>,
    ) -> Result<SymScope, CompileError> {
        let scope = &self.scopes[id];
        let directive = || scope.directives.get(name).copied().unwrap_or(scope.range);
        if flags & DEF_GLOBAL != 0 {
            if flags & DEF_NONLOCAL != 0 {
                return Err(CompileError::at(
                    src,
                    directive(),
                    format!("name '{name}' is nonlocal and global"),
                ));
            }
            global.insert(name.to_string());
            if let Some(b) = bound {
                b.remove(name);
            }
            return Ok(SymScope::GlobalExplicit);
        }
        if flags & DEF_NONLOCAL != 0 {
            let Some(b) = bound else {
                return Err(CompileError::at(
                    src,
                    directive(),
                    "nonlocal declaration not allowed at module level",
                ));
            };
            if !b.contains(name) {
                return Err(CompileError::at(
                    src,
                    directive(),
                    format!("no binding for nonlocal '{name}' found"),
                ));
            }
            free.insert(name.to_string());
            return Ok(SymScope::Free);
        }
        if flags & DEF_BOUND != 0 {
            local.insert(name.to_string());
            global.remove(name);
            return Ok(SymScope::Local);
        }
        if let Some(b) = bound {
            if b.contains(name) {
                free.insert(name.to_string());
                return Ok(SymScope::Free);
            }
        }
        Ok(SymScope::GlobalImplicit)
    }
}

/// CPython's private name mangling: `__x` in class `A` is `_A__x`.
pub fn mangle<'a>(private: Option<&str>, name: &'a str) -> std::borrow::Cow<'a, str> {
    if let Some(p) = private {
        if name.starts_with("__") && !name.ends_with("__") && !name.contains('.') {
            let stripped = p.trim_start_matches('_');
            if !stripped.is_empty() {
                return format!("_{stripped}{name}").into();
            }
        }
    }
    name.into()
}
