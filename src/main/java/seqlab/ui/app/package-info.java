/**
 * Start-up of the workbench: the plain launcher, the relaunch with tuned JVM options, the JavaFX
 * application, loading the numeric library in the background, and the pulse monitor used by the
 * responsiveness benchmark.
 */
package seqlab.ui.app;
