/**
 * Bean Validation of request records, answered the one way every refusal is: 400 problem details
 * naming each field at fault.
 */
package com.openplatform.core.validation;
