//! [`Extra`]: fields an import could not map, kept by name with their values so that nothing
//! is lost, and written back out under `extra`.

use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Extra(BTreeMap<String, Value>);

impl Extra {
    pub const MAX_FIELDS: usize = 50;
    pub const MAX_DEPTH: usize = 6;
    pub const MAX_NAME: usize = 100;

    pub fn new() -> Self {
        Self::default()
    }

    /// Keeps a field; refuses a name that is empty or too long, a value nested too deep,
    /// or one field too many.
    pub fn insert(&mut self, name: &str, value: Value) -> Result<(), &'static str> {
        check(name, &value)?;
        if !self.0.contains_key(name) && self.0.len() >= Self::MAX_FIELDS {
            return Err("too many unmapped fields");
        }
        self.0.insert(name.to_owned(), value);
        Ok(())
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }

    pub fn get(&self, name: &str) -> Option<&Value> {
        self.0.get(name)
    }
}

fn check(name: &str, value: &Value) -> Result<(), &'static str> {
    if name.trim().is_empty() || name.chars().count() > Extra::MAX_NAME {
        return Err("an unmapped field's name must have 1 to 100 characters");
    }
    if depth(value) > Extra::MAX_DEPTH {
        return Err("an unmapped field is nested too deep");
    }
    Ok(())
}

fn depth(v: &Value) -> usize {
    match v {
        Value::Array(a) => 1 + a.iter().map(depth).max().unwrap_or(0),
        Value::Object(o) => 1 + o.values().map(depth).max().unwrap_or(0),
        _ => 0,
    }
}

impl<'de> Deserialize<'de> for Extra {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let map = BTreeMap::<String, Value>::deserialize(d)?;
        if map.len() > Self::MAX_FIELDS {
            return Err(serde::de::Error::custom("too many unmapped fields"));
        }
        for (k, v) in &map {
            check(k, v).map_err(serde::de::Error::custom)?;
        }
        Ok(Self(map))
    }
}
