#ifndef CGLPKGUARD_H
#define CGLPKGUARD_H

/// Runs `body(context)` with GLPK's error hook installed, so that a GLPK error (an invalid
/// argument, a failed internal assertion) returns here instead of calling abort().
///
/// Returns 0 when `body` returned normally, 1 when GLPK reported an error: GLPK's
/// environment for this thread has then been freed (as GLPK's manual requires after an
/// error) and `budgetlab_glpk_last_message()` holds GLPK's message.
///
/// GLPK's terminal output is routed to a hook for the duration: it never reaches standard
/// output; the last lines are kept for the message, and copied to standard error when
/// `echo` is non-zero (GLPK's progress log, asked for with a verbose option).
int budgetlab_glpk_guarded(void (*body)(void *), void *context, int echo);

/// GLPK's last terminal output on this thread (at most 1023 bytes), for error messages.
const char *budgetlab_glpk_last_message(void);

#endif
