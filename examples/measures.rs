//! Prints the measures stages 1 and 2 make of a corpus directory, one JSON object a line,
//! and the skipped files on stderr: `cargo run --example measures -- [corpus]`.

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "corpus".to_owned());
    let loaded = zhengce::corpus::load_dir(std::path::Path::new(&dir))?;
    for skipped in &loaded.skipped {
        eprintln!("skipped {skipped}");
    }
    for doc in &loaded.documents {
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
