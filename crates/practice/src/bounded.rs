//! [`List`]: a list with at most `N` items, refused while it is read (item `N + 1` ends the
//! parse), so an untrusted file cannot make us hold more than the limit.

use serde::de::{self, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::marker::PhantomData;
use std::ops::Deref;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct List<T, const N: usize>(Vec<T>);

/// A list was given more items than its limit.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("has more than {max} items")]
pub struct TooMany {
    pub max: usize,
}

impl<T, const N: usize> List<T, N> {
    pub const MAX: usize = N;

    pub fn new() -> Self {
        Self(Vec::new())
    }

    /// Adds an item if there is room; gives it back otherwise.
    pub fn push(&mut self, item: T) -> Result<(), T> {
        if self.0.len() >= N {
            return Err(item);
        }
        self.0.push(item);
        Ok(())
    }

    pub fn into_vec(self) -> Vec<T> {
        self.0
    }
}

impl<T, const N: usize> Default for List<T, N> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T, const N: usize> TryFrom<Vec<T>> for List<T, N> {
    type Error = TooMany;
    fn try_from(v: Vec<T>) -> Result<Self, TooMany> {
        if v.len() > N {
            return Err(TooMany { max: N });
        }
        Ok(Self(v))
    }
}

impl<T, const N: usize> Deref for List<T, N> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        &self.0
    }
}

impl<'a, T, const N: usize> IntoIterator for &'a List<T, N> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl<T: Serialize, const N: usize> Serialize for List<T, N> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

impl<'de, T: Deserialize<'de>, const N: usize> Deserialize<'de> for List<T, N> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Items<T, const N: usize>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>, const N: usize> Visitor<'de> for Items<T, N> {
            type Value = List<T, N>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "a list of at most {N} items")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(N));
                while let Some(item) = seq.next_element()? {
                    if items.len() == N {
                        return Err(de::Error::custom(TooMany { max: N }));
                    }
                    items.push(item);
                }
                Ok(List(items))
            }
        }
        d.deserialize_seq(Items::<T, N>(PhantomData))
    }
}
