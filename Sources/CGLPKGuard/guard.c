// Why a C target: GLPK reports an invalid argument or a broken internal invariant by printing
// a message and calling abort(), ending the whole process. Its documented escape is an error
// hook that does not return but longjmp()s back to a setjmp() taken before the call, and
// setjmp/longjmp cannot be used from Swift. This file is that setjmp, and nothing else; only
// the LinearProgramming module uses it.
#include <glpk.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>
#include "CGLPKGuard.h"

static _Thread_local jmp_buf *guard_target = NULL;
static _Thread_local char guard_message[1024];
static _Thread_local int guard_echo = 0;

static int guard_terminal(void *info, const char *text) {
    (void)info;
    if (guard_echo) { fputs(text, stderr); }
    size_t used = strlen(guard_message);
    size_t length = strlen(text);
    if (used + length >= sizeof guard_message) {
        used = 0;  // keep the latest text
        guard_message[0] = 0;
        if (length >= sizeof guard_message) { text += length - (sizeof guard_message - 1); }
    }
    strncat(guard_message, text, sizeof guard_message - 1 - used);
    return 1;  // 1: GLPK prints nothing itself
}

static void guard_error(void *info) {
    (void)info;
    if (guard_target != NULL) { longjmp(*guard_target, 1); }
}

int budgetlab_glpk_guarded(void (*body)(void *), void *context, int echo) {
    jmp_buf target;
    jmp_buf *outer = guard_target;
    guard_message[0] = 0;
    guard_echo = echo;
    glp_term_out(GLP_ON);
    glp_term_hook(guard_terminal, NULL);
    if (setjmp(target) != 0) {
        guard_target = outer;
        // After an error GLPK's state is undefined: free this thread's environment (and with it
        // every problem object of this thread) as the manual prescribes.
        glp_free_env();
        return 1;
    }
    guard_target = &target;
    glp_error_hook(guard_error, NULL);
    body(context);
    glp_error_hook(NULL, NULL);
    guard_target = outer;
    return 0;
}

const char *budgetlab_glpk_last_message(void) { return guard_message; }
