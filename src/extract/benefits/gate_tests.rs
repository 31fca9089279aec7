//! The gate of the reader (2026-12-06, branch speed24): a measure holding no word of a grant is
//! read no further, and nothing it would have found is lost.

use std::path::Path;

use super::vocabulary::VOCABULARY;
use super::{extract, is_article, may_grant, read, Benefits, Gate};

fn chars(text: &str) -> Vec<char> {
    text.chars().collect()
}

#[test]
fn every_way_of_granting_passes_the_gate() {
    let v = &*VOCABULARY;
    for text in [
        // a trigger
        "对小微企业给予贷款贴息。",
        // a compound's verb and noun
        "精简审批材料。",
        // a figure whose unit grants by itself
        "办结时限为3个工作日。",
        // a bare counter whose noun gives it such a unit
        "审批环节精简至12个。",
        // a sum after a word of giving, no word of a type
        "对认定的示范基地,一次性给予50万元。",
    ] {
        assert!(may_grant(&chars(text), v), "{text}");
        assert_ne!(extract(None, text), Benefits::default(), "{text}");
    }
}

#[test]
fn a_measure_without_grant_words_is_gated() {
    let v = &*VOCABULARY;
    for text in [
        "加强组织领导,落实工作责任。",
        // a compound's verb without its noun, a figure in a unit that grants nothing alone
        "压缩过剩产能,全年完成产值500万元。",
        // a word of giving without a sum
        "对违法行为予以公开曝光。",
    ] {
        assert!(!may_grant(&chars(text), v), "{text}");
        assert_eq!(extract(None, text), Benefits::default(), "{text}");
    }
}

#[test]
fn the_gate_changes_no_measure_of_the_corpus() {
    // every measure of the development corpus read with the gate and without it, as `fill`
    // reads it: the same facts; and the gate keeps a good share of them from the full reading
    let v = &*VOCABULARY;
    let loaded = crate::corpus::load_dir(Path::new("corpus")).unwrap();
    let (mut measures, mut gated, mut granting) = (0, 0, 0);
    for doc in &loaded.documents {
        for m in crate::extract::measures(doc) {
            let title = m.title.as_deref().filter(|_| !is_article(&m.number));
            let context = [m.doc_title.as_str()];
            let on = read(&context, title, &m.text, v, Gate::On);
            let off = read(&context, title, &m.text, v, Gate::Off);
            assert_eq!(on, off, "{}: {}", m.id, m.text);
            measures += 1;
            gated += usize::from(!may_grant(&chars(&m.text), v));
            granting += usize::from(on != Benefits::default());
        }
    }
    assert!(granting > 100, "{granting} of {measures}");
    assert!(gated * 3 > measures, "{gated} of {measures}");
}
