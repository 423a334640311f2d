/**
 * View helpers shared by the features: error messages for people, the per-epoch line chart style,
 * staggered UI steps and file dialogs that remember the last folder.
 */
package seqlab.ui.common;
