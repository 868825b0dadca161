package com.openplatform.portal;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The developer portal's REST API, beside its pages: {@code /portal/api}. */
@ApplicationPath("/api")
public class PortalApi extends Application {}
