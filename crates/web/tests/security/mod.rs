//! Attacks from the outside: password guessing, cross-site requests, what guests may see.

mod guests;
mod origin;
mod throttle;
