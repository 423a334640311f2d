/**
 * How long work leaves the JavaFX Application Thread: the runners (an FX one in the app, a
 * same-thread one in tests), the JavaFX-free background jobs that report back on the UI runner, stoppable jobs
 * and the low-priority background threads.
 */
package seqlab.ui.concurrent;
