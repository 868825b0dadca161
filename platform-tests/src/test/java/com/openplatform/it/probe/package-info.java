/**
 * The test module deployed with the EAR in a test run only ({@code it-probe.war}): runs tests
 * inside the server ({@link com.openplatform.it.probe.TestRunner}) and the timers' rounds on demand
 * ({@link com.openplatform.it.probe.Rounds}).
 */
package com.openplatform.it.probe;
