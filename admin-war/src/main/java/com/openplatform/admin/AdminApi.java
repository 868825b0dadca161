package com.openplatform.admin;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The staff console's REST API: {@code /admin/api}. */
@ApplicationPath("/api")
public class AdminApi extends Application {}
