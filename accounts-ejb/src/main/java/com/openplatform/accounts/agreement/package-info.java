/** The developer service agreement: versions (§8.1), acceptance, written refusal (§5.1, §6.4). */
package com.openplatform.accounts.agreement;
