#include "app/Console.h"

int main(int argc, char** argv)
{
    return gatehouse::app::runConsole(argc, argv);
}
