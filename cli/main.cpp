#include "cli/Ctl.h"

int main(int argc, char** argv)
{
    return gatehouse::cli::run(argc, argv);
}
