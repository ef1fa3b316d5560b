// swift-tools-version: 6.1

import PackageDescription

let package = Package(
    name: "FactionGraph",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "factiongraph", targets: ["factiongraph"]),
        .library(name: "FactionGraph", targets: ["FactionGraph"]),
        .library(name: "FactionGraphRender", targets: ["FactionGraphRender"]),
        .library(name: "FactionGraphSuggest", targets: ["FactionGraphSuggest"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        // libyaml's event stream: every node keeps its line and column.
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // libgraphviz (gvc + cgraph), used in-process by FactionGraphRender only.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // Async-signal-safe removal of the output's temporary file on
        // SIGINT/SIGTERM/SIGHUP (C: a signal handler must not run Swift).
        .target(name: "CSignalCleanup"),
        // The heap in transparent huge pages (Linux, glibc), asked for by
        // the executable at start-up: a corpus's values fault in far fewer
        // pages.
        .target(name: "CHugePages"),
        // The model, the reader, time semantics, queries and the DOT writer.
        // Usable without Graphviz.
        .target(
            name: "FactionGraph",
            dependencies: [
                "CLibYAML",
                "CHugePages",
                .product(name: "Collections", package: "swift-collections"),
            ],
            // The explorer page's own script and style, compiled into the
            // binary so that it stays self-contained.
            resources: [.embedInCode("Timeline/explorer.js"), .embedInCode("Timeline/explorer.css")]
        ),
        // A thin layer over libgraphviz: DOT text in, SVG/PNG/PDF bytes out.
        .target(
            name: "FactionGraphRender",
            dependencies: ["CGraphviz"]
        ),
        // Draft annotations from raw articles: the registry's names, the
        // vocabulary's cues, a replaceable scorer (`factiongraph suggest`).
        .target(
            name: "FactionGraphSuggest",
            dependencies: ["FactionGraph"]
        ),
        // Importers: MMP, ACLED and UCDP CSV files and brat standoff
        // annotations, written out as an ordinary corpus.
        .target(
            name: "FactionGraphImport",
            dependencies: [
                "FactionGraph",
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        // The commands, as a library so tests can run them in-process.
        .target(
            name: "FactionGraphCLI",
            dependencies: [
                "FactionGraph",
                "FactionGraphRender",
                "FactionGraphSuggest",
                "FactionGraphImport",
                "CSignalCleanup",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "factiongraph",
            dependencies: ["FactionGraphCLI", "CHugePages"]
        ),
        // In-process benchmarks (`make bench` runs it with scripts/bench.py).
        .executableTarget(
            name: "factiongraph-bench",
            dependencies: ["FactionGraph", "FactionGraphRender"]
        ),
        // libFuzzer targets (`make fuzz`): the front-matter, registry and
        // vocabulary readers, and the CSV importers. Built plainly, each replays the files it is given.
        .target(name: "CFuzzDriver"),
        .target(name: "FuzzSupport", dependencies: ["CFuzzDriver"]),
        .executableTarget(name: "fuzz-front-matter", dependencies: ["FactionGraph", "FuzzSupport"]),
        .executableTarget(name: "fuzz-registry", dependencies: ["FactionGraph", "FuzzSupport"]),
        .executableTarget(name: "fuzz-vocabulary", dependencies: ["FactionGraph", "FuzzSupport"]),
        .executableTarget(name: "fuzz-import", dependencies: ["FactionGraphImport", "FuzzSupport"]),
        // Shared by the test targets: running programs (our binary, and
        // Graphviz's `dot` as an independent judge) and repository paths.
        .target(
            name: "FactionGraphTestSupport",
            path: "Tests/Support"
        ),
        .testTarget(
            name: "FactionGraphTests",
            dependencies: [
                "FactionGraph",
                "FactionGraphTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "FactionGraphRenderTests",
            dependencies: ["FactionGraphRender", "FactionGraphTestSupport"]
        ),
        .testTarget(
            name: "FactionGraphSuggestTests",
            dependencies: ["FactionGraphSuggest", "FactionGraph", "FactionGraphTestSupport"]
        ),
        .testTarget(
            name: "FactionGraphImportTests",
            dependencies: ["factiongraph", "FactionGraphImport", "FactionGraph", "FactionGraphTestSupport"]
        ),
        .testTarget(
            name: "FactionGraphCLITests",
            dependencies: ["factiongraph", "FactionGraph", "FactionGraphTestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
