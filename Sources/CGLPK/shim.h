// Debian's libglpk-dev (GLPK 5.0) ships no pkg-config file: the header is found on the
// default include path and the module map links `glpk` directly.
#include <glpk.h>
