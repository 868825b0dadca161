/** Affiliated entities (§5.4, §5.7): groups by shared registration number or staff declaration. */
package com.openplatform.accounts.affiliate;
