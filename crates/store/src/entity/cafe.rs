//! The World Café's rows (m0080), one module per table.

macro_rules! no_relations {
    () => {
        #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
        pub enum Relation {}
        impl ActiveModelBehavior for ActiveModel {}
    };
}

pub mod cafe_row {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "cafes")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub gathering_id: i32,
        pub table_size: i32,
        pub round: i32,
        pub started_at: Option<i64>,
        pub paused_elapsed: Option<i64>,
        pub created_at: i64,
    }
    no_relations!();
}

pub mod round {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "cafe_rounds")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub gathering_id: i32,
        pub number: i32,
        pub question: String,
        pub minutes: i32,
    }
    no_relations!();
}

pub mod table {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "cafe_tables")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub gathering_id: i32,
        pub number: i32,
        pub name: String,
        pub capacity: i32,
        pub host_id: Option<i32>,
    }
    no_relations!();
}

pub mod person {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "cafe_people")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub gathering_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub account_id: i32,
        pub from_round: i32,
        pub until_round: Option<i32>,
    }
    no_relations!();
}

pub mod place {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "cafe_places")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub gathering_id: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub round: i32,
        #[sea_orm(primary_key, auto_increment = false)]
        pub account_id: i32,
        pub suggested_table: Option<i32>,
        pub seat_table: Option<i32>,
    }
    no_relations!();
}

pub mod theme {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "cafe_themes")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub gathering_id: i32,
        pub name: String,
        pub position: i32,
    }
    no_relations!();
}

pub mod note {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "cafe_notes")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i32,
        pub gathering_id: i32,
        pub table_id: i32,
        pub round: i32,
        pub theme_id: Option<i32>,
    }
    no_relations!();
}
