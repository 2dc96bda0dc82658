//! tantivy over the corpus and queries `convene-store`'s search bench wrote
//! (`corpus.tsv`: content id, community, title, body; `queries.tsv`: community, query as typed).
//! The community is a required term, like the scope token convene's index uses; there is no
//! read filter (tantivy knows nothing of readers). Every query's words must all match, and a
//! quoted phrase must match in order, as in convene. Prints one JSON line.

use std::io::{BufRead, BufReader};
use std::time::Instant;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{BooleanQuery, Occur, Query, QueryParser, TermQuery};
use tantivy::schema::{IndexRecordOption, STORED, STRING, Schema, TEXT};
use tantivy::{Index, Term, doc};

fn main() -> tantivy::Result<()> {
    let mut args = std::env::args().skip(1);
    let dir = args
        .next()
        .expect("usage: convene-search-tantivy DIR [ROUNDS]");
    let rounds: usize = args.next().map_or(1, |r| r.parse().expect("rounds"));
    let dir = std::path::Path::new(&dir);

    let mut sb = Schema::builder();
    let id = sb.add_u64_field("id", STORED);
    let community = sb.add_text_field("community", STRING);
    let title = sb.add_text_field("title", TEXT);
    let body = sb.add_text_field("body", TEXT);
    let schema = sb.build();
    let index = Index::create_in_ram(schema);

    // Index build: every document, one commit, as a fresh rebuild would.
    let start = Instant::now();
    let mut writer = index.writer(256_000_000)?;
    let file = std::fs::File::open(dir.join("corpus.tsv")).expect("corpus.tsv");
    let mut docs = 0u64;
    for line in BufReader::new(file).lines() {
        let line = line.expect("read corpus");
        let mut f = line.splitn(4, '\t');
        let (Some(i), Some(c), Some(t), Some(b)) = (f.next(), f.next(), f.next(), f.next()) else {
            continue;
        };
        writer.add_document(doc!(
            id => i.parse::<u64>().expect("id"),
            community => c,
            title => t,
            body => b,
        ))?;
        docs += 1;
    }
    writer.commit()?;
    let build = start.elapsed().as_secs_f64();

    let reader = index.reader()?;
    let searcher = reader.searcher();
    let mut parser = QueryParser::for_index(&index, vec![title, body]);
    parser.set_conjunction_by_default();
    parser.set_field_boost(title, 4.0);
    let queries: Vec<(String, String)> = std::fs::read_to_string(dir.join("queries.tsv"))
        .expect("queries.tsv")
        .lines()
        .filter_map(|l| l.split_once('\t'))
        .map(|(c, q)| (c.to_owned(), q.to_owned()))
        .collect();
    let mut times = Vec::new();
    let mut found = 0u64;
    for round in 0..rounds {
        for (c, q) in &queries {
            let t0 = Instant::now();
            let words = parser.parse_query(q)?;
            let scope: Box<dyn Query> = Box::new(TermQuery::new(
                Term::from_field_text(community, c),
                IndexRecordOption::Basic,
            ));
            let query = BooleanQuery::new(vec![(Occur::Must, scope), (Occur::Must, words)]);
            let (top, total) = searcher.search(&query, &(TopDocs::with_limit(20), Count))?;
            let dt = t0.elapsed().as_secs_f64() * 1000.0;
            if round + 1 == rounds {
                times.push(dt);
                found += total as u64;
                drop(top);
            }
        }
    }
    times.sort_by(f64::total_cmp);
    let pct = |p: f64| times[((times.len() as f64 - 1.0) * p).round() as usize];
    println!(
        "{{\"engine\":\"tantivy\",\"docs\":{docs},\"build_s\":{build:.2},\"docs_per_s\":{:.0},\"queries\":{},\"p50_ms\":{:.3},\"p99_ms\":{:.3},\"matches\":{found}}}",
        docs as f64 / build,
        times.len(),
        pct(0.5),
        pct(0.99)
    );
    Ok(())
}
