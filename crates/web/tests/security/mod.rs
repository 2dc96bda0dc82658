//! Attacks from the outside: password guessing, cross-site requests, what guests may see.

mod export;
mod forms;
mod guests;
mod origin;
mod throttle;
