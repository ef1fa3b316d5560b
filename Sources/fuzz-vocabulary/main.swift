// libFuzzer target: the vocabulary reader (`vocabulary.yaml`, with a fixed
// article using its types). See FuzzMain for how it runs.
import FactionGraph
import FuzzSupport

FuzzMain.run(FuzzEntryPoints.vocabulary)
