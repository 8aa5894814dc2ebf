//! Front end: symbol table, code generator, peephole pass.
