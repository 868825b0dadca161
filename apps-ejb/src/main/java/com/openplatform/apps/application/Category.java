package com.openplatform.apps.application;

/** What kind of application it is; categories decide which licences review asks for (§2.2.3). */
public enum Category {
  TOOLS,
  SOCIAL,
  GAMES,
  EDUCATION,
  FINANCE,
  NEWS,
  SHOPPING,
  OTHER
}
