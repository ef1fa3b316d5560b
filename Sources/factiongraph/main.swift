import CHugePages
import FactionGraphCLI

// Before anything is allocated for the corpus (see `fg_heap_in_huge_pages`).
fg_heap_in_huge_pages()
FactionGraphCommand.main()
