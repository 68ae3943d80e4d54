package io.github.monetik.spark;

import org.apache.spark.sql.SparkSession;

/** One local Spark for every test class of the module: starting Spark costs seconds, not each test. */
final class Sessions {
  private static SparkSession spark;

  private Sessions() {}

  static synchronized SparkSession local() {
    if (spark == null) {
      spark = SparkSession.builder().master("local[2]").appName("monetik-spark-tests")
          .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "3")
          .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1").config("spark.sql.session.timeZone", "UTC")
          .getOrCreate();
      spark.sparkContext().setLogLevel("ERROR");
    }
    return spark;
  }
}
