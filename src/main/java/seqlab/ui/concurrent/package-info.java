/**
 * How long work leaves the JavaFX Application Thread: the runners (an FX one in the app, a
 * same-thread one in tests), background tasks that report back on the UI runner, stoppable tasks
 * and the low-priority background threads.
 */
package seqlab.ui.concurrent;
