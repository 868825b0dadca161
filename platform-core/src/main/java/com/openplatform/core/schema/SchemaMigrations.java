package com.openplatform.core.schema;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Versioned schema migrations, one Flyway history per module: a module's migrations live under
 * {@code db/migration/<module>} in its own jar and its history in {@code flyway_history_<module>},
 * so modules evolve their tables independently. EclipseLink never generates DDL.
 */
public final class SchemaMigrations {

  private SchemaMigrations() {}

  /**
   * @return the number of migrations applied now
   */
  public static int migrate(DataSource dataSource, String module, ClassLoader loader) {
    return Flyway.configure(loader)
        .dataSource(dataSource)
        .locations("classpath:db/migration/" + module)
        .table("flyway_history_" + module)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate()
        .migrationsExecuted;
  }
}
