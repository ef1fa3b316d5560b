import FactionGraphCLI

FactionGraphCommand.main()
