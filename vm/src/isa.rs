//! The instruction set: ONE table defines every instruction. The macro
//! generates the `Op` enum and numbering, names, inline-cache sizes, stack
//! effects, argument kinds (for the disassembler), and the family/deopt map.
//!
//! Encoding: a code unit is `opcode | oparg << 8`; `EXTENDED_ARG` units
//! prefix an instruction to widen its oparg (each adds 8 high bits). A
//! specializable instruction is followed by `CACHE` units (`cache` column);
//! the first is its backoff counter. Jump deltas count units from the end of
//! the instruction's caches (forward for `JUMP_FORWARD`, `POP_JUMP_IF_*`,
//! `FOR_ITER`, `SEND`; backward for `JUMP_BACKWARD`).
//!
//! Stack effects are `(popped, pushed)` as functions of the oparg; for
//! branches, the effect on the fall-through path (`FOR_ITER` exhausted pops
//! its iterator; `SEND` on return keeps depth; see `branch_effect`).
//! Stack notation in the comments: `(inputs -- outputs)`, top on the right.

/// How the disassembler describes an oparg.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgKind {
    None,
    Plain,
    Const,
    Name,
    /// LOAD_GLOBAL: name index `arg >> 1`, low bit pushes NULL.
    GlobalName,
    /// LOAD_ATTR: name index `arg >> 1`, low bit: method form.
    AttrName,
    Local,
    /// Two 4-bit local indices (super-instructions).
    LocalPair,
    /// A 4-bit local index, then a 4-bit constant index.
    LocalConst,
    /// Index into localsplus for cell/free variables.
    Deref,
    JumpForward,
    JumpBackward,
    Compare,
    BinaryOp,
    Intrinsic,
}

macro_rules! isa {
    (
        $( $(#[$doc:meta])* $name:ident, cache $cache:literal, $arg:ident, |$a:ident| $effect:expr; )*
        @specialized {
            $( $(#[$sdoc:meta])* $sname:ident => $head:ident; )*
        }
    ) => {
        /// Every opcode: the generic instructions, then the specialized
        /// family members. Numbering follows table order.
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[repr(u8)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Op { $( $(#[$doc])* $name, )* $( $(#[$sdoc])* $sname, )* }

        pub const NAMES: &[&str] = &[$(stringify!($name),)* $(stringify!($sname),)*];
        /// Inline cache units after each opcode (members share their head's).
        pub const CACHE_ENTRIES: &[u8] = &[$($cache,)* $(cache_of(Op::$head),)*];
        pub const ARG_KINDS: &[ArgKind] = &[$(ArgKind::$arg,)* $(arg_kind_of(Op::$head),)*];
        pub const ALL: &[Op] = &[$(Op::$name,)* $(Op::$sname,)*];
        /// Generic instructions come first: opcodes from here on are
        /// specialized family members.
        pub const FIRST_SPECIALIZED: u8 = [$(Op::$name,)*].len() as u8;
        /// The family head of every opcode (itself for unspecialized ones).
        pub const DEOPT: &[Op] = &[$(Op::$name,)* $(Op::$head,)*];

        const fn cache_of(op: Op) -> u8 {
            match op { $( Op::$name => $cache, )* _ => panic!("a family head is a generic instruction") }
        }
        const fn arg_kind_of(op: Op) -> ArgKind {
            match op { $( Op::$name => ArgKind::$arg, )* _ => panic!("a family head is a generic instruction") }
        }

        impl Op {
            /// The opcode numbered `b` (numbering is table order, so this
            /// compiles to a range check, not a table load).
            #[inline(always)]
            pub fn from_u8(b: u8) -> Option<Op> {
                #[allow(non_upper_case_globals)]
                mod n { $( pub const $name: u8 = super::Op::$name as u8; )* $( pub const $sname: u8 = super::Op::$sname as u8; )* }
                match b {
                    $( n::$name => Some(Op::$name), )*
                    $( n::$sname => Some(Op::$sname), )*
                    _ => None,
                }
            }
            /// `(popped, pushed)` for oparg `arg` (fall-through path); a
            /// specialized instruction has its head's effect.
            #[allow(unused_variables)]
            pub fn stack_effect(self, arg: u32) -> (u32, u32) {
                match self.deopt() { $( Op::$name => { let $a = arg; $effect } )* _ => unreachable!("heads are generic") }
            }
        }
    };
}

/// The instruction table. `for_each_op!(m)` hands the whole table to the
/// macro `m`: `isa!` below generates the opcode metadata from it, and the
/// eval loop's backends generate their dispatch (one arm or table entry per
/// opcode, naming the handler of the same name) from the same table.
macro_rules! for_each_op {
    ($m:ident) => {
        $m! {
            /// Inline cache unit; never executed.
            CACHE, cache 0, None, |a| (0, 0);
            /// Prefix: the next instruction's oparg gets 8 more high bits.
            EXTENDED_ARG, cache 0, Plain, |a| (0, 0);
            NOP, cache 0, None, |a| (0, 0);
            /// Function entry (0) or resumption point (1 after yield, 2 after yield
            /// from/await). Polls the eval breaker; switches to the thread's bytecode copy.
            RESUME, cache 0, Plain, |a| (0, 0);
            /// (x --)
            POP_TOP, cache 0, None, |a| (1, 0);
            /// (-- NULL)
            PUSH_NULL, cache 0, None, |a| (0, 1);
            /// (x_a ... x_1 -- x_a ... x_1 x_a): copies the a-th item from the top.
            COPY, cache 0, Plain, |a| (a, a + 1);
            /// Swaps the top with the a-th item from the top.
            SWAP, cache 0, Plain, |a| (a, a);
            /// (-- consts[a])
            LOAD_CONST, cache 0, Const, |a| (0, 1);
            /// (-- consts[a]) and return it.
            RETURN_CONST, cache 0, Const, |a| (0, 0);
            /// (v --) return v to the caller.
            RETURN_VALUE, cache 0, None, |a| (1, 0);
            /// (-- local a); the compiler proved it bound.
            LOAD_FAST, cache 0, Local, |a| (0, 1);
            /// (-- local a); UnboundLocalError if unbound.
            LOAD_FAST_CHECK, cache 0, Local, |a| (0, 1);
            /// (-- local a>>4, local a&15)
            LOAD_FAST_LOAD_FAST, cache 0, LocalPair, |a| (0, 2);
        /// (-- local a>>4, consts[a&15])
        LOAD_FAST_LOAD_CONST, cache 0, LocalConst, |a| (0, 2);
            /// (v --) local a = v
            STORE_FAST, cache 0, Local, |a| (1, 0);
            /// (v -- local a&15) after local a>>4 = v
            STORE_FAST_LOAD_FAST, cache 0, LocalPair, |a| (1, 1);
            /// (v2 v1 --) local a>>4 = v1; local a&15 = v2
            STORE_FAST_STORE_FAST, cache 0, LocalPair, |a| (2, 0);
            DELETE_FAST, cache 0, Local, |a| (0, 0);
            /// Replaces localsplus[a] with a new cell holding its value (or empty).
            MAKE_CELL, cache 0, Deref, |a| (0, 0);
            /// Copies the a free-variable cells from the function's closure into the
            /// last a localsplus slots.
            COPY_FREE_VARS, cache 0, Plain, |a| (0, 0);
            /// (-- cell contents of localsplus[a]); NameError/UnboundLocalError if empty.
            LOAD_DEREF, cache 0, Deref, |a| (0, 1);
            STORE_DEREF, cache 0, Deref, |a| (1, 0);
            DELETE_DEREF, cache 0, Deref, |a| (0, 0);
            /// (mapping -- v): class bodies: mapping[name of localsplus a], else the cell.
            LOAD_FROM_DICT_OR_DEREF, cache 0, Deref, |a| (1, 1);
            /// (-- locals mapping)
            LOAD_LOCALS, cache 0, None, |a| (0, 1);
            /// (-- globals()[names[a>>1]] or builtin [, NULL if a&1])
            LOAD_GLOBAL, cache 6, GlobalName, |a| (0, 1 + (a & 1));
            STORE_GLOBAL, cache 0, Name, |a| (1, 0);
            DELETE_GLOBAL, cache 0, Name, |a| (0, 0);
            /// (-- v) looks up locals, then globals, then builtins.
            LOAD_NAME, cache 0, Name, |a| (0, 1);
            STORE_NAME, cache 0, Name, |a| (1, 0);
            DELETE_NAME, cache 0, Name, |a| (0, 0);
            /// (owner -- attr) or, with a&1, (owner -- meth self) / (owner -- attr NULL).
            LOAD_ATTR, cache 9, AttrName, |a| (1, 1 + (a & 1));
            /// (v owner --) owner.names[a] = v
            STORE_ATTR, cache 4, Name, |a| (2, 0);
            DELETE_ATTR, cache 0, Name, |a| (1, 0);
            /// (lhs rhs -- res); a: 0 + 1 & 2 // 3 << 4 @ 5 * 6 % 7 | 8 ** 9 >> 10 - 11 / 12 ^,
            /// 13..=25 the in-place forms in the same order, 26 subscript `lhs[rhs]`.
            BINARY_OP, cache 1, BinaryOp, |a| (2, 1);
            /// (v container key --) container[key] = v
            STORE_SUBSCR, cache 1, None, |a| (3, 0);
            /// (container key --)
            DELETE_SUBSCR, cache 0, None, |a| (2, 0);
            /// (container start stop -- container[start:stop])
            BINARY_SLICE, cache 0, None, |a| (3, 1);
            /// (v container start stop --)
            STORE_SLICE, cache 0, None, |a| (4, 0);
            UNARY_NEGATIVE, cache 0, None, |a| (1, 1);
            /// (v -- not v) for any v (truthiness).
            UNARY_NOT, cache 0, None, |a| (1, 1);
            UNARY_INVERT, cache 0, None, |a| (1, 1);
            /// (v -- bool(v))
            TO_BOOL, cache 3, None, |a| (1, 1);
            /// (lhs rhs -- res); a: 0 < 1 <= 2 == 3 != 4 > 5 >=
            COMPARE_OP, cache 1, Compare, |a| (2, 1);
            /// (lhs rhs -- lhs is rhs), inverted when a == 1
            IS_OP, cache 0, Plain, |a| (2, 1);
            /// (item container -- item in container), inverted when a == 1
            CONTAINS_OP, cache 1, Plain, |a| (2, 1);
            JUMP_FORWARD, cache 0, JumpForward, |a| (0, 0);
            /// Polls the eval breaker.
            JUMP_BACKWARD, cache 1, JumpBackward, |a| (0, 0);
            /// (v --) jumps when v is falsy / truthy / None / not None.
            POP_JUMP_IF_FALSE, cache 1, JumpForward, |a| (1, 0);
            POP_JUMP_IF_TRUE, cache 1, JumpForward, |a| (1, 0);
            POP_JUMP_IF_NONE, cache 1, JumpForward, |a| (1, 0);
            POP_JUMP_IF_NOT_NONE, cache 1, JumpForward, |a| (1, 0);
            /// (iterable -- iter(iterable))
            GET_ITER, cache 0, None, |a| (1, 1);
            /// (iter -- iter next); when exhausted, pops iter and jumps forward a.
            FOR_ITER, cache 1, JumpForward, |a| (1, 2);
            /// (items*a -- tuple)
            BUILD_TUPLE, cache 0, Plain, |a| (a, 1);
            BUILD_LIST, cache 0, Plain, |a| (a, 1);
            BUILD_SET, cache 0, Plain, |a| (a, 1);
            /// (k1 v1 ... ka va -- dict)
            BUILD_MAP, cache 0, Plain, |a| (2 * a, 1);
            /// (strs*a -- concatenation)
            BUILD_STRING, cache 0, Plain, |a| (a, 1);
            /// (start stop [step] -- slice), a is 2 or 3
            BUILD_SLICE, cache 0, Plain, |a| (a, 1);
            /// (list ...a-1 items v -- list ...): appends v to the list a items down.
            LIST_APPEND, cache 0, Plain, |a| (1, 0);
            SET_ADD, cache 0, Plain, |a| (1, 0);
            /// (dict ... k v -- dict ...)
            MAP_ADD, cache 0, Plain, |a| (2, 0);
            /// (list ... iterable -- list ...) list.extend(iterable)
            LIST_EXTEND, cache 0, Plain, |a| (1, 0);
            SET_UPDATE, cache 0, Plain, |a| (1, 0);
            DICT_UPDATE, cache 0, Plain, |a| (1, 0);
            /// Like DICT_UPDATE but duplicate keys raise TypeError (for `**` in calls);
            /// the function for the message sits a + 2 items down.
            DICT_MERGE, cache 0, Plain, |a| (1, 0);
            /// (seq -- item_a ... item_1): first item ends on top.
            UNPACK_SEQUENCE, cache 1, Plain, |a| (1, a);
            /// (seq -- after... list before...): a = before | after << 8.
            UNPACK_EX, cache 0, Plain, |a| (1, (a & 0xFF) + (a >> 8) + 1);
            /// (callable self_or_null args*a -- result)
            CALL, cache 7, Plain, |a| (a + 2, 1);
            /// (callable self_or_null args*a kwnames -- result): the last len(kwnames)
            /// args are keyword values.
            CALL_KW, cache 1, Plain, |a| (a + 3, 1);
            /// (callable null args_tuple [kwargs_dict if a&1] -- result)
            CALL_FUNCTION_EX, cache 0, Plain, |a| (3 + (a & 1), 1);
            /// (v -- intrinsic(v)): 1 print (REPL), 2 import *, 3 StopIteration→RuntimeError,
            /// 5 unary +, 6 list to tuple.
            CALL_INTRINSIC_1, cache 0, Intrinsic, |a| (1, 1);
            /// (code -- function)
            MAKE_FUNCTION, cache 0, None, |a| (1, 1);
            /// (attr func -- func): a is 1 defaults, 2 kwdefaults, 4 annotations, 8 closure.
            SET_FUNCTION_ATTRIBUTE, cache 0, Plain, |a| (2, 1);
            /// a = 0: re-raise the handled exception; 1: (exc --) raise; 2: (exc cause --).
            RAISE_VARARGS, cache 0, Plain, |a| (a, 0);
            /// (values... exc --) re-raises exc; with a != 0 the item below exc is the
            /// unit offset to report (lasti) and is restored first.
            RERAISE, cache 0, Plain, |a| (1, 0);
            /// (exc -- prev_exc exc) and makes exc the handled exception.
            PUSH_EXC_INFO, cache 0, None, |a| (1, 2);
            /// (prev_exc --) restores the handled exception.
            POP_EXCEPT, cache 0, None, |a| (1, 0);
            /// (exc type -- exc matches)
            CHECK_EXC_MATCH, cache 0, None, |a| (2, 2);
            /// (sub_iter last_sent exc -- none value): after a throw() into a
            /// delegated iterator, StopIteration becomes the value; else re-raise.
            CLEANUP_THROW, cache 0, None, |a| (3, 2);
            /// (mgr -- exit enter_result)
            BEFORE_WITH, cache 0, None, |a| (1, 2);
            /// (exit lasti prev_exc exc -- exit lasti prev_exc exc res): res = exit(type, exc, tb)
            WITH_EXCEPT_START, cache 0, None, |a| (4, 5);
            /// (v -- format(v, ''))
            FORMAT_SIMPLE, cache 0, None, |a| (1, 1);
            /// (v spec -- format(v, spec))
            FORMAT_WITH_SPEC, cache 0, None, |a| (2, 1);
            /// (v -- str(v) / repr(v) / ascii(v)) for a = 1 / 2 / 3
            CONVERT_VALUE, cache 0, Plain, |a| (1, 1);
            /// Turns the running frame into a generator object and returns it.
            RETURN_GENERATOR, cache 0, None, |a| (0, 0);
            /// (v -- sent): suspends the generator, yielding v.
            YIELD_VALUE, cache 0, Plain, |a| (1, 1);
            /// (receiver v -- receiver yielded): sends v; when the receiver returns,
            /// (receiver v -- receiver retval) and jumps forward a.
            SEND, cache 1, JumpForward, |a| (2, 2);
            /// (receiver v -- v)
            END_SEND, cache 0, None, |a| (2, 1);
            /// (iterable -- iter), generators pass through unchanged.
            GET_YIELD_FROM_ITER, cache 0, None, |a| (1, 1);
            /// (awaitable -- iter); a = 1 after `__aenter__`, 2 after `__aexit__` (messages).
            GET_AWAITABLE, cache 0, Plain, |a| (1, 1);
            /// (obj -- obj.__aiter__())
            GET_AITER, cache 0, None, |a| (1, 1);
            /// (aiter -- aiter awaitable_of(aiter.__anext__()))
            GET_ANEXT, cache 0, None, |a| (1, 2);
            /// (aiter exc --): ends an `async for` on StopAsyncIteration, else re-raises.
            END_ASYNC_FOR, cache 0, None, |a| (2, 0);
            /// (mgr -- aexit aenter_result)
            BEFORE_ASYNC_WITH, cache 0, None, |a| (1, 2);
            /// (-- builtins.__build_class__)
            LOAD_BUILD_CLASS, cache 0, None, |a| (0, 1);
            /// (-- AssertionError) for a = 0, NotImplementedError for 1.
            LOAD_COMMON_CONSTANT, cache 0, Plain, |a| (0, 1);
            /// (level fromlist -- module)
            IMPORT_NAME, cache 0, Name, |a| (2, 1);
            /// (module -- module attr)
            IMPORT_FROM, cache 0, Name, |a| (1, 2);
            /// Creates `__annotations__` in the locals mapping if missing.
            SETUP_ANNOTATIONS, cache 0, None, |a| (0, 0);
            /// (obj -- obj len(obj))
            GET_LEN, cache 0, None, |a| (1, 2);
            /// (subject -- subject is_sequence)
            MATCH_SEQUENCE, cache 0, None, |a| (1, 2);
            /// (subject -- subject is_mapping)
            MATCH_MAPPING, cache 0, None, |a| (1, 2);
            /// (subject keys -- subject keys values_tuple_or_None)
            MATCH_KEYS, cache 0, None, |a| (2, 3);
            /// (subject cls kwnames -- attrs_tuple_or_None): a positional sub-patterns.
            MATCH_CLASS, cache 0, Plain, |a| (3, 1);

            @specialized {
                /// RESUME once the frame runs its thread's copy: polls the eval breaker only.
                RESUME_CHECK => RESUME;
                /// Cache: index (1), globals keys version (2). Value at globals[index].
                LOAD_GLOBAL_MODULE => LOAD_GLOBAL;
                /// Cache: index (1), globals keys version (2), builtins keys version (2).
                LOAD_GLOBAL_BUILTIN => LOAD_GLOBAL;
                /// Cache: type version (2), dict hint (2). A plain instance, no
                /// data descriptor or `__getattribute__`: the value from `__dict__`.
                LOAD_ATTR_INSTANCE_VALUE => LOAD_ATTR;
                /// Cache: type version (2), slot index (2).
                LOAD_ATTR_SLOT => LOAD_ATTR;
                /// Cache: module dict keys version (2), index (2). The owner is a module.
                LOAD_ATTR_MODULE => LOAD_ATTR;
                /// Cache: type version (2) of the owner, a class; descr (4).
                LOAD_ATTR_CLASS => LOAD_ATTR;
                /// Cache: type version (2), descr (4): a class attribute that is not
                /// a descriptor, read through an instance whose `__dict__` lacks it.
                LOAD_ATTR_NONDESCRIPTOR => LOAD_ATTR;
                /// Cache: type version (2), descr (4): method form, a Python function
                /// or method descriptor the instance `__dict__` does not shadow.
                LOAD_ATTR_METHOD_WITH_VALUES => LOAD_ATTR;
                /// As above, for an instance without a `__dict__`.
                LOAD_ATTR_METHOD_NO_DICT => LOAD_ATTR;
                /// Cache: type version (2), fget (4): a property whose getter is a
                /// Python function, called in a new frame.
                LOAD_ATTR_PROPERTY => LOAD_ATTR;
                /// Cache: type version (2), dict hint (1). Stores into `__dict__`.
                STORE_ATTR_INSTANCE_VALUE => STORE_ATTR;
                /// Cache: type version (2), slot index (1).
                STORE_ATTR_SLOT => STORE_ATTR;
                BINARY_OP_ADD_INT => BINARY_OP;
                BINARY_OP_SUBTRACT_INT => BINARY_OP;
                BINARY_OP_MULTIPLY_INT => BINARY_OP;
                BINARY_OP_ADD_FLOAT => BINARY_OP;
                BINARY_OP_SUBTRACT_FLOAT => BINARY_OP;
                BINARY_OP_MULTIPLY_FLOAT => BINARY_OP;
                BINARY_OP_ADD_UNICODE => BINARY_OP;
                /// The other operators on two small ints (`%`, `//`, `/`, `**`,
                /// shifts, bitwise), dispatched on the oparg; misses on overflow,
                /// a zero divisor or a negative shift/exponent (as CPython's BINARY_OP_EXTEND).
                BINARY_OP_EXTEND_INT => BINARY_OP;
                /// `/` with float operands (or one int), nonzero divisor.
                BINARY_OP_EXTEND_FLOAT => BINARY_OP;
                BINARY_OP_SUBSCR_LIST_INT => BINARY_OP;
                BINARY_OP_SUBSCR_TUPLE_INT => BINARY_OP;
                BINARY_OP_SUBSCR_STR_INT => BINARY_OP;
                BINARY_OP_SUBSCR_DICT => BINARY_OP;
                STORE_SUBSCR_LIST_INT => STORE_SUBSCR;
                STORE_SUBSCR_DICT => STORE_SUBSCR;
                COMPARE_OP_INT => COMPARE_OP;
                COMPARE_OP_FLOAT => COMPARE_OP;
                COMPARE_OP_STR => COMPARE_OP;
                CONTAINS_OP_SET => CONTAINS_OP;
                CONTAINS_OP_DICT => CONTAINS_OP;
                /// `sub in s` for two exact strs.
                CONTAINS_OP_STR => CONTAINS_OP;
                TO_BOOL_BOOL => TO_BOOL;
                TO_BOOL_INT => TO_BOOL;
                TO_BOOL_NONE => TO_BOOL;
                TO_BOOL_LIST => TO_BOOL;
                TO_BOOL_STR => TO_BOOL;
                /// Cache: type version (2): an instance of a class without `__bool__` or `__len__`.
                TO_BOOL_ALWAYS_TRUE => TO_BOOL;
                FOR_ITER_RANGE => FOR_ITER;
                FOR_ITER_LIST => FOR_ITER;
                FOR_ITER_TUPLE => FOR_ITER;
                /// Resumes a generator inline, as SEND_GEN.
                FOR_ITER_GEN => FOR_ITER;
                UNPACK_SEQUENCE_TWO_TUPLE => UNPACK_SEQUENCE;
                UNPACK_SEQUENCE_TUPLE => UNPACK_SEQUENCE;
                UNPACK_SEQUENCE_LIST => UNPACK_SEQUENCE;
                /// A Python function called with exactly its positional parameters.
                CALL_PY_EXACT_ARGS => CALL;
                /// A bound method of such a function.
                CALL_BOUND_METHOD_EXACT_ARGS => CALL;
                /// Any other Python function call (defaults, `*args`, ...).
                CALL_PY_GENERAL => CALL;
                /// A bound method of a Python function, any arguments.
                CALL_BOUND_METHOD_GENERAL => CALL;
                /// Cache: type version (2), `__init__` (4): a class defined in Python
                /// with the default `__new__` and a Python `__init__`.
                CALL_ALLOC_AND_ENTER_INIT => CALL;
                /// A builtin function or a method descriptor.
                CALL_BUILTIN_FAST => CALL;
                /// A builtin class (`int(x)`, `list()`, `str(x)`, `type(x)`, ...).
                CALL_BUILTIN_CLASS => CALL;
                CALL_LEN => CALL;
                CALL_ISINSTANCE => CALL;
                CALL_LIST_APPEND => CALL;
                SEND_GEN => SEND;
            }
            }
    };
}
pub(crate) use for_each_op;

for_each_op!(isa);

impl Op {
    pub fn name(self) -> &'static str {
        NAMES[self as usize]
    }
    pub const fn cache_entries(self) -> usize {
        CACHE_ENTRIES[self as usize] as usize
    }
    pub fn arg_kind(self) -> ArgKind {
        ARG_KINDS[self as usize]
    }
    pub fn has_arg(self) -> bool {
        self.arg_kind() != ArgKind::None
    }
    pub fn is_jump(self) -> bool {
        matches!(
            self.arg_kind(),
            ArgKind::JumpForward | ArgKind::JumpBackward
        )
    }
    /// The family head of a specialized instruction (itself for heads and
    /// unspecialized instructions).
    #[inline(always)]
    pub fn deopt(self) -> Op {
        DEOPT[self as usize]
    }
    /// Whether this is a specialized family member.
    #[inline(always)]
    pub fn is_specialized(self) -> bool {
        self as u8 >= FIRST_SPECIALIZED
    }
    /// Whether execution can continue at the next instruction.
    pub fn falls_through(self) -> bool {
        !matches!(
            self,
            Op::RETURN_VALUE
                | Op::RETURN_CONST
                | Op::JUMP_FORWARD
                | Op::JUMP_BACKWARD
                | Op::RAISE_VARARGS
                | Op::RERAISE
        )
    }
    /// Stack effect on the taken branch of a conditional jump.
    pub fn branch_effect(self, arg: u32) -> (u32, u32) {
        match self {
            Op::FOR_ITER => (1, 0),
            Op::SEND => (2, 2),
            _ => self.stack_effect(arg),
        }
    }
}

/// Names of the binary operators by `BINARY_OP` oparg, as `dis` shows them.
pub const BINARY_OP_NAMES: [&str; 27] = [
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^", "+=", "&=", "//=", "<<=",
    "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=", "[]",
];
pub const COMPARE_OP_NAMES: [&str; 6] = ["<", "<=", "==", "!=", ">", ">="];
pub const NB_SUBSCR: u32 = 26;
pub const NB_INPLACE_OFFSET: u32 = 13;

const _: () = assert!(ALL.len() <= 256, "opcodes must fit in a byte");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_consistent() {
        for (i, op) in ALL.iter().enumerate() {
            assert_eq!(*op as usize, i);
            assert_eq!(Op::from_u8(i as u8), Some(*op));
            assert_eq!(
                op.deopt().cache_entries(),
                op.cache_entries(),
                "family members share cache size"
            );
            assert_eq!(op.deopt().deopt(), op.deopt(), "heads are generic");
            assert_eq!(op.is_specialized(), op.deopt() != *op);
            if op.is_specialized() && op.deopt() != Op::RESUME {
                assert!(op.cache_entries() >= 1, "a family head has a counter");
                assert!(op.name().starts_with(op.deopt().name()));
            }
        }
        assert_eq!(Op::BINARY_OP.name(), "BINARY_OP");
    }
}
