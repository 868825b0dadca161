/**
 * §6.4: written notices developers give the operator — with attachments, a receipt, a staff queue
 * and the staff's replies, each told to the developer through notices.
 */
package com.openplatform.notices.letter;
