// libFuzzer target: the registry reader (`factions.yaml`, with a fixed
// article naming its factions). See FuzzMain for how it runs.
import FactionGraph
import FuzzSupport

FuzzMain.run(FuzzEntryPoints.registry)
