# Sourced by ./precis-batch and bench/spark-cluster.sh: builds the job jar when needed and sets
#   jar         the shaded job jar (no Spark inside)
#   spark_cp    the Maven-resolved Spark classpath (target/spark-classpath.txt, written by the build)
#   spark_opens the --add-opens flags Java 17 needs for Spark (kept in step with precis-batch-job/pom.xml)
#   jit_opts    the JIT flags for the JVMs that run tasks (driver in local mode, executors on a cluster)
here="${here:?}"
jar="$here/precis-batch-job/target/precis-batch.jar"
cpfile="$here/precis-batch-job/target/spark-classpath.txt"
if [ ! -f "$jar" ] || [ ! -f "$cpfile" ] || [ -n "$(find "$here" -path "$here/.git" -prune -o \( -name '*.java' -o -name 'pom.xml' -o -path '*/src/main/resources/*' \) -newer "$jar" -print -quit)" ]; then
  echo "precis-batch: building the job jar (first use or sources changed)..." >&2
  (cd "$here" && ./mvnw -q -B package -DskipTests -pl precis-batch-job -am) >&2
fi
spark_cp="$(cat "$cpfile")"
spark_opens="--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
 --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
 --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
 --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
 --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
 --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
 --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
 -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true"
# Less inlining, as ./precis runs its batch commands: the JIT finishes sooner. 2,225 BBC texts in local[2] on a
# shared machine, run side by side: 81.8 -> 64.8 CPU-seconds for the whole job (compiler threads 18.6 s of the
# 60 s left). The quick compiler alone (-XX:TieredStopAtLevel=1) compiles for 4 s instead of 19-21 but its code
# costs about 10.2 ms a document against 7.9 (4,450 documents): it only pays below ~13,000 documents a JVM.
jit_opts="-XX:FreqInlineSize=50 -XX:InlineSmallCode=500"
