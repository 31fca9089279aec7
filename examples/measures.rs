//! Prints the measures stages 1 and 2 make of a corpus directory, one JSON object a line,
//! and a line per document (or skipped file) on stderr:
//! `cargo run --example measures -- [corpus] [--docs]` (`--docs` prints the normalised
//! documents instead of their measures).

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let docs_only = args.iter().any(|a| a == "--docs");
    let dir = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .map_or("corpus", String::as_str);
    let loaded = zhengce::corpus::load_dir(std::path::Path::new(dir))?;
    for skipped in &loaded.skipped {
        eprintln!("skipped {skipped}");
    }
    for doc in &loaded.documents {
        if docs_only {
            println!("{}", serde_json::to_string(doc)?);
            continue;
        }
        let measures = zhengce::extract::measures(doc);
        eprintln!(
            "{}\t{}\t{}\t{} measures",
            doc.id,
            doc.region,
            doc.title,
            measures.len()
        );
        for m in measures {
            println!("{}", serde_json::to_string(&m)?);
        }
    }
    Ok(())
}
