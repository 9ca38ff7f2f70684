//! Built-in functions, methods of the built-in types, imports and the embedded stdlib.

pub mod async_objects;
pub mod builtins;
pub mod complex;
pub mod container_methods;
pub mod dunders;
pub mod exception_group;
pub mod format;
pub mod import;
pub mod memoryview;
pub mod methods;
pub mod signals;
pub mod stdin;
pub mod str_methods;
