// libFuzzer target: the CSV importers (Mapping Militants, ACLED, UCDP) on
// one export file, the result read back. See FuzzMain for how it runs.
import FactionGraphImport
import FuzzSupport

FuzzMain.run { _ = ImportFuzzEntryPoint.run($0) }
