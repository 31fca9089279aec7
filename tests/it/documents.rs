//! Documents as the document page reads them, over the repository's corpus. Properties:
//! - every document comes back with its full text, as the corpus loader gives it;
//! - the measures are found again in their document's text (nearly all of them), each line
//!   shown once, and every document that has an outline gets headings with unique anchors.

use std::collections::HashSet;

use zhengce::search::reading::{self, Block};

use crate::{corpus_dir, engine};

fn squeezed_len(text: &str) -> usize {
    text.chars().filter(|c| !c.is_whitespace()).count()
}

#[test]
fn documents_come_back_with_their_text_and_their_measures_placed_in_it() {
    let engine = engine();
    let loaded = zhengce::corpus::load_dir(&corpus_dir()).unwrap();
    let (mut measures, mut placed, mut with_headings) = (0, 0, 0);
    let mut unplaced = Vec::new();
    let (mut total_blocks, mut misfit) = (0, Vec::new());
    for doc in engine.documents() {
        let view = engine.document(&doc.id).unwrap();
        let source = loaded.documents.iter().find(|d| d.id == doc.id).unwrap();
        assert_eq!(view.document.text, source.text, "{}", doc.id);
        let reading = reading::read(&view.document, &view.measures);
        measures += view.measures.len();
        placed += reading.placed.iter().filter(|p| **p).count();
        for (measure, is_placed) in view.measures.iter().zip(&reading.placed) {
            if !is_placed {
                unplaced.push(measure.id.clone());
            }
        }
        // A measure's block is its text: about as long (its number and brackets aside).
        for block in &reading.blocks {
            if let Block::Measure { measure, lines } = block {
                let measure = &view.measures[*measure];
                let shown: usize = lines.iter().map(|l| squeezed_len(l)).sum();
                let written = squeezed_len(&measure.text);
                total_blocks += 1;
                if shown * 10 < written * 9 || shown > written + 12 {
                    misfit.push(format!("{} ({shown} shown for {written})", measure.id));
                }
            }
        }
        let lines = view.document.text.lines().filter(|l| !l.trim().is_empty());
        assert_eq!(
            reading.lines_shown(),
            lines.count(),
            "{}: every line shown once",
            doc.id
        );
        let anchors: Vec<&str> = reading.headings().map(|(_, anchor, _)| anchor).collect();
        let unique: HashSet<&&str> = anchors.iter().collect();
        assert_eq!(unique.len(), anchors.len(), "{}: {anchors:?}", doc.id);
        if !anchors.is_empty() {
            with_headings += 1;
        }
    }
    eprintln!(
        "{placed}/{measures} measures placed, {with_headings}/{} documents with headings; unplaced: {unplaced:?}",
        engine.documents().len()
    );
    assert!(placed * 100 >= measures * 97, "{placed}/{measures}");
    eprintln!(
        "{} of {total_blocks} measure blocks differ in length from their measure: {misfit:?}",
        misfit.len()
    );
    assert!(misfit.len() * 100 <= total_blocks * 3, "{misfit:?}");
    assert!(with_headings * 2 >= engine.documents().len());
}
