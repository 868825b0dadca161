package com.openplatform.billing.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Build step, not used at run time: compiles every {@code .jrxml} of a folder into a {@code
 * .jasper} file of another, with the JasperReports version that fills them (a compiled report is
 * tied to it). Run by the module's build ({@code exec-maven-plugin}, phase {@code
 * process-classes}).
 */
public final class ReportCompiler {

  private ReportCompiler() {}

  /**
   * {@code args}: the folder of the {@code .jrxml} files, the folder for the {@code .jasper} files.
   */
  public static void main(String[] args) throws IOException, JRException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: ReportCompiler <jrxml folder> <output folder>");
    }
    Path sources = Path.of(args[0]);
    Path target = Files.createDirectories(Path.of(args[1]));
    List<Path> designs;
    try (Stream<Path> files = Files.list(sources)) {
      designs = files.filter(f -> f.toString().endsWith(".jrxml")).sorted().toList();
    }
    for (Path design : designs) {
      String name = design.getFileName().toString().replaceFirst("\\.jrxml$", ".jasper");
      JasperCompileManager.compileReportToFile(design.toString(), target.resolve(name).toString());
      System.out.println("compiled " + design.getFileName() + " -> " + target.resolve(name));
    }
  }
}
