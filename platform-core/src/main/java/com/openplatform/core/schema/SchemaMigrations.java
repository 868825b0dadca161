package com.openplatform.core.schema;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Versioned schema migrations, one Flyway history per module: a module's migrations live under
 * {@code db/migration/<module>} in its own jar and its history in {@code flyway_history_<module>},
 * so modules evolve their tables independently. EclipseLink never generates DDL.
 *
 * <p>Migrations may take long (an index on a large table): their connections wait up to {@link
 * #STATEMENT_WAIT} for the database, not the few seconds that bound a request's queries.
 */
public final class SchemaMigrations {

  static final Duration STATEMENT_WAIT = Duration.ofMinutes(30);

  private SchemaMigrations() {}

  /**
   * @return the number of migrations applied now
   */
  public static int migrate(DataSource dataSource, String module, ClassLoader loader) {
    return Flyway.configure(loader)
        .dataSource(new Patient(dataSource))
        .locations("classpath:db/migration/" + module)
        .table("flyway_history_" + module)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate()
        .migrationsExecuted;
  }

  /** The platform's data source, its connections' network timeout lifted for migrations. */
  private record Patient(DataSource delegate) implements DataSource {

    private static final Executor DIRECT = Runnable::run;

    @Override
    public Connection getConnection() throws SQLException {
      return patient(delegate.getConnection());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      return patient(delegate.getConnection(user, password));
    }

    /** The connection, waiting long; given back to the pool with its own timeout again. */
    private static Connection patient(Connection c) throws SQLException {
      int own;
      try {
        own = c.getNetworkTimeout();
        c.setNetworkTimeout(DIRECT, (int) STATEMENT_WAIT.toMillis());
      } catch (SQLFeatureNotSupportedException e) {
        return c;
      }
      return (Connection)
          java.lang.reflect.Proxy.newProxyInstance(
              Connection.class.getClassLoader(),
              new Class<?>[] {Connection.class},
              (proxy, method, args) -> {
                if (method.getName().equals("close")) {
                  c.setNetworkTimeout(DIRECT, own);
                }
                try {
                  return method.invoke(c, args);
                } catch (java.lang.reflect.InvocationTargetException e) {
                  throw e.getCause();
                }
              });
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
      return delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
      delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
      delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
      return delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      return delegate.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      return delegate.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
      return delegate.isWrapperFor(type);
    }
  }
}
