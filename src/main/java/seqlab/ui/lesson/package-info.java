/**
 * Guided lessons: a lesson file's steps (text and the actions one button carries out) shown beside
 * the workbench, so a teacher can walk a class through it.
 */
package seqlab.ui.lesson;
