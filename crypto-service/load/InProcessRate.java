import io.nexuszero.crypto.engine.keys.KeyGenerator;
import io.nexuszero.crypto.engine.keys.KeyPair;
import io.nexuszero.crypto.engine.keys.PublicKey;
import io.nexuszero.crypto.engine.params.ParameterSet;
import io.nexuszero.crypto.engine.params.Presets;
import io.nexuszero.crypto.engine.proof.LweSecretProof;
import io.nexuszero.crypto.engine.sampling.Randomness;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * In-process rate of the engine calls behind POST /v1/keys/{keyId}/proofs and POST /v1/proofs/verify at nz-128, in
 * 2 threads: wall-clock ops/s, and ops per CPU-second of the whole process (GC and JIT threads included, as in the
 * server's figure), which other load on the machine does not distort. Run: java -cp crypto-service/target/crypto-service.jar crypto-service/load/InProcessRate.java [seconds]
 */
public class InProcessRate {

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        ParameterSet set = Presets.NZ_128;
        Randomness randomness = new SecureRandom()::nextBytes;
        KeyPair key = KeyGenerator.generate(set.parameters(), randomness);
        byte[] context = "load test context, 32 bytes long".getBytes(StandardCharsets.US_ASCII);
        byte[] proof = LweSecretProof.prove(set, key.publicKey(), key.secretKey(), context, randomness).proof();
        byte[] encodedKey = key.publicKey().encode();
        run("prove (cached key pair, as the endpoint)", seconds,
                () -> LweSecretProof.prove(set, key.publicKey(), key.secretKey(), context, randomness));
        run("verify (cached public key, as the endpoint)", seconds,
                () -> LweSecretProof.verify(set, key.publicKey(), context, proof));
        run("verify (public key decoded each time)", seconds, () -> {
            try {
                return LweSecretProof.verify(set, PublicKey.decode(set.parameters(), encodedKey), context, proof);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void run(String name, int seconds, Supplier<Object> operation) throws InterruptedException {
        long warmupEnd = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < warmupEnd) {
            operation.get();
        }
        AtomicLong ops = new AtomicLong();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long processCpuStart = os.getProcessCpuTime();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < 2; t++) {
            Thread thread = new Thread(() -> {
                long n = 0;
                while (System.nanoTime() < end) {
                    operation.get();
                    n++;
                }
                ops.addAndGet(n);
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double wall = (System.nanoTime() - start) / 1e9;
        long cpu = os.getProcessCpuTime() - processCpuStart;
        System.out.printf("%-45s %8.0f ops/s wall (2 threads)   %8.0f ops per CPU-second   %6.1f µs CPU/op%n", name,
                ops.get() / wall, ops.get() / (cpu / 1e9), cpu / 1e3 / ops.get());
    }
}
