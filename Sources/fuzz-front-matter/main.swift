// libFuzzer target: the front-matter reader (an article, read against a
// fixed registry, then snapshots, histories and timelines of it). See
// FuzzMain for how it runs, and the Makefile's `fuzz` for how it is built.
import FactionGraph
import FuzzSupport

FuzzMain.run(FuzzEntryPoints.article)
