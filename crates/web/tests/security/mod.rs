//! Attacks from the outside: password guessing, cross-site requests, what guests may see.

mod export;
mod guests;
mod origin;
mod throttle;
