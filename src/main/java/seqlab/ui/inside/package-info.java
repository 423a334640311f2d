/** Views of what happens inside training: the samples a sequence becomes under the current settings. */
package seqlab.ui.inside;
