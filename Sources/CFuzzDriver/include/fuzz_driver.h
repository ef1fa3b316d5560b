#ifndef FACTIONGRAPH_FUZZ_DRIVER_H
#define FACTIONGRAPH_FUZZ_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver, for fuzz targets with a main of their own (every
/// Swift executable has one). Linked in only by `make fuzz`, from
/// libclang_rt.fuzzer_no_main: call it only in builds made with
/// FACTIONGRAPH_FUZZING.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
