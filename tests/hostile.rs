//! Hostile input end to end (issue 5): a gazetteer and a text full of
//! quotes, backslashes, markup, control characters, U+FFFE, emoji,
//! right-to-left text, DOT keywords, leading digits and a 2,000-character
//! name go through `gazegraph build`; every format must then validate and
//! load in the real tools with the node and edge counts of graph.json.

mod common;

use common::tools::{assert_ok, run, schema, tools_dir};
use serde_json::{json, Value};

fn long_name() -> String {
    let mut s = String::from("Agung");
    while s.chars().count() < 2000 {
        s.push_str(" Wiratama");
    }
    s
}

fn hostile_names() -> Vec<String> {
    vec![
        "He Said \"Hi\"".into(),
        "Back\\Slash Bureau\\".into(),
        "AT&T <3 Fans ]]>".into(),
        "Bell\u{7}Ringer".into(),
        "Non\u{FFFE}Char".into(),
        "Rocket 🚀 Lab".into(),
        "مركز الأهرام".into(),
        "node".into(),
        "graph".into(),
        "strict".into(),
        "3M".into(),
        "1st Division".into(),
        "Ends \\N Here".into(),
        long_name(),
    ]
}

#[test]
fn hostile_gazetteer_and_text_export_to_every_format_and_validate() {
    let dir = tempfile::tempdir().unwrap();
    let names = hostile_names();
    let mut gaz = String::new();
    for (i, n) in names.iter().enumerate() {
        let etype = ["person", "place", "organisation"][i % 3];
        let rec = json!({"id": format!("h{i}"), "name": n, "type": etype});
        gaz.push_str(&rec.to_string());
        gaz.push('\n');
    }
    std::fs::write(dir.path().join("hostile.jsonl"), gaz).unwrap();
    // Pairs of names share sentences, so there are edges between them.
    let mut text = String::new();
    for pair in names.chunks(2) {
        text.push_str(&format!(
            "{} bertemu {} di sini.\n\n",
            pair[0],
            pair.get(1).unwrap_or(&pair[0])
        ));
    }
    text.push_str(&format!(
        "{} , {} and {} again.\n",
        names[0], names[7], names[13]
    ));
    let doc = json!({"id": "doc \"1\" <&> \u{FFFE}", "date": "2024-01-02", "text": text});
    std::fs::write(dir.path().join("corpus.jsonl"), format!("{doc}\n")).unwrap();
    let out = common::run(
        dir.path(),
        &[
            "build",
            "corpus.jsonl",
            "--no-builtin",
            "-g",
            "hostile.jsonl",
            "-o",
            "out",
            "--format",
            "json,dot,graphml,gexf,node-link,cytoscape",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let g: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("out/graph.json")).unwrap())
            .unwrap();
    let n = g["nodes"].as_array().unwrap().len();
    let e = g["edges"].as_array().unwrap().len();
    let ids: Vec<&Value> = g["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| &n["id"])
        .collect();
    assert_eq!(n, names.len(), "hostile entities found: {ids:?}");
    assert!(e >= 6, "only {e} edges");
    let p = |f: &str| dir.path().join("out").join(f).to_str().unwrap().to_string();
    let (ns, es) = (n.to_string(), e.to_string());
    let py = |script: &str, file: &str| {
        let s = tools_dir().join(script);
        run("python3", &[s.to_str().unwrap(), file, &ns, &es])
    };
    // The SVG Graphviz makes is XML: a U+FFFE in a name must not reach it
    // (xmllint, rsvg and expat refuse the file), whatever the engine.
    for engine in ["dot", "sfdp"] {
        let svg = p(&format!("graph.{engine}.svg"));
        // no Graphviz under GAZEGRAPH_SKIP_TOOLS=1: no SVG to read
        let Some(drawn) = run(
            "dot",
            &[&format!("-K{engine}"), "-Tsvg", &p("graph.dot"), "-o", &svg],
        ) else {
            continue;
        };
        assert_ok("dot -Tsvg", Some(drawn));
        assert_ok("xmllint svg", run("xmllint", &["--noout", "--nonet", &svg]));
        let text = std::fs::read_to_string(&svg).unwrap();
        let opts = roxmltree::ParsingOptions {
            allow_dtd: true,
            ..Default::default()
        };
        if let Err(err) = roxmltree::Document::parse_with_options(&text, opts) {
            panic!("{engine}: the SVG is not XML: {err}");
        }
        assert!(
            !text.contains('\u{FFFE}'),
            "{engine}: U+FFFE reached the SVG"
        );
    }
    if let Some(xsd) = schema("graphml/graphml.xsd") {
        assert_ok(
            "xmllint graphml",
            run(
                "xmllint",
                &["--noout", "--nonet", "--schema", &xsd, &p("graph.graphml")],
            ),
        );
    }
    if let Some(rng) = schema("gexf-1.3/gexf.rng") {
        assert_ok(
            "xmllint gexf",
            run(
                "xmllint",
                &["--noout", "--nonet", "--relaxng", &rng, &p("graph.gexf")],
            ),
        );
    }
    assert_ok(
        "networkx+igraph graphml",
        py("validate_graphml.py", &p("graph.graphml")),
    );
    assert_ok("networkx gexf", py("validate_gexf.py", &p("graph.gexf")));
    assert_ok(
        "networkx node-link",
        py("validate_json.py", &p("graph.nodelink.json")),
    );
    let cy: Value =
        serde_json::from_str(&std::fs::read_to_string(p("graph.cytoscape.json")).unwrap()).unwrap();
    assert_eq!(cy["elements"]["nodes"].as_array().unwrap().len(), n);
    assert_eq!(cy["elements"]["edges"].as_array().unwrap().len(), e);
}
