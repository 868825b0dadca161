/**
 * Application names (§2.5.7, §2.6.4(3)): the normalised key that makes a name unique within a
 * tenant, and the check that refuses a name infringing, embedding or confusingly resembling a
 * protected mark of the operator, across case, width, punctuation, look-alike characters of other
 * scripts and the pinyin of Chinese names. Pure logic on ICU4J, without Jakarta dependencies.
 */
package com.openplatform.apps.naming;
