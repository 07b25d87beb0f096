use super::*;

fn prep(text: &str) -> Prepared {
    let mut p = Prepared::default();
    prepare_into(text, &mut p);
    p
}

#[test]
fn smoke() {
    let p = prep("Judul Berita Ini\n\nJAKARTA - Presiden tiba. Dia pergi.\n");
    assert_eq!(p.title.as_deref(), Some("Judul Berita Ini"));
}

#[test]
fn dump_seeds() {
    for text in [
        include_str!("../corpus/seeds/000_a4d24f8d53168425.txt"),
        include_str!("../corpus/seeds/001_536ced1bbd919f71.txt"),
        include_str!("../corpus/seeds/002_59e454f0b43af36c.txt"),
        include_str!("../corpus/seeds/003_0dc7af725f29fc38.txt"),
        include_str!("../corpus/seeds/004_a8f5743524ae6b21.txt"),
    ] {
        let p = prep(text);
        println!(
            "==== title={:?} date={:?} paras={} sents={}",
            p.title,
            p.date,
            p.paragraphs.len(),
            p.sentences.len()
        );
        for s in &p.sentences {
            println!("  [{}] {}", s.paragraph, &p.clean[s.range.clone()]);
        }
    }
}
