import io.nexuszero.crypto.core.keys.KeyAlgorithm;
import io.nexuszero.crypto.core.pq.Hpke;
import io.nexuszero.crypto.core.pq.PqAlgorithms;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.crypto.params.ParametersWithContext;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.pqc.crypto.mldsa.MLDSAPrivateKeyParameters;
import org.bouncycastle.pqc.crypto.mldsa.MLDSAPublicKeyParameters;
import org.bouncycastle.pqc.crypto.mldsa.MLDSASigner;
import org.bouncycastle.pqc.crypto.mlkem.MLKEMExtractor;
import org.bouncycastle.pqc.crypto.mlkem.MLKEMGenerator;
import org.bouncycastle.pqc.crypto.mlkem.MLKEMPrivateKeyParameters;

/**
 * In-process rate of BouncyCastle's ML-KEM encapsulation / decapsulation and ML-DSA signing / verification, bare and
 * as the endpoints wrap them (HPKE seal/open with a 32-byte plaintext; verification decoding the public key each
 * time, as POST /v1/signatures/verify must), in 2 threads: wall-clock ops/s and ops per CPU-second of the whole
 * process (GC and JIT included, like the server's figure).
 * Run: java -cp crypto-service/target/crypto-service.jar crypto-service/load/PqInProcessRate.java [seconds] [kem] [dsa]
 * e.g. ... 15 ML_KEM_768 ML_DSA_65
 */
public class PqInProcessRate {

    interface Op {
        Object run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        KeyAlgorithm kem = KeyAlgorithm.valueOf(args.length > 1 ? args[1] : "ML_KEM_768");
        KeyAlgorithm dsa = KeyAlgorithm.valueOf(args.length > 2 ? args[2] : "ML_DSA_65");
        SecureRandom random = new SecureRandom();
        byte[] seed = new byte[64];
        random.nextBytes(seed);
        MLKEMPrivateKeyParameters kemKey = new MLKEMPrivateKeyParameters(PqAlgorithms.kem(kem), seed);
        var kemPublic = kemKey.getPublicKeyParameters();
        byte[] enc = new MLKEMGenerator(random).generateEncapsulated(kemPublic).getEncapsulation();
        byte[] plaintext = "32 bytes of plaintext, a key....".getBytes(StandardCharsets.US_ASCII);
        Hpke.Sealed sealed = Hpke.seal(kem, kemPublic, Hpke.Aead.AES_256_GCM, new byte[0], new byte[0], plaintext,
                random);

        MLDSAPrivateKeyParameters dsaKey = new MLDSAPrivateKeyParameters(PqAlgorithms.signature(dsa),
                java.util.Arrays.copyOf(seed, 32));
        byte[] pk = dsaKey.getPublicKeyParameters().getEncoded();
        byte[] message = "load test message, 32 bytes long".getBytes(StandardCharsets.US_ASCII);
        MLDSASigner signer = new MLDSASigner();
        signer.init(true, new ParametersWithContext(new ParametersWithRandom(dsaKey, random), new byte[0]));
        signer.update(message, 0, message.length);
        byte[] signature = signer.generateSignature();

        run(kem.wireName() + " encaps (bare)", seconds,
                () -> new MLKEMGenerator(random).generateEncapsulated(kemPublic));
        run(kem.wireName() + " HPKE seal (as /encrypt)", seconds,
                () -> Hpke.seal(kem, kemPublic, Hpke.Aead.AES_256_GCM, new byte[0], new byte[0], plaintext, random));
        run(kem.wireName() + " decaps (bare)", seconds, () -> new MLKEMExtractor(kemKey).extractSecret(enc));
        run(kem.wireName() + " HPKE open (as /decrypt)", seconds,
                () -> Hpke.open(kem, kemKey, Hpke.Aead.AES_256_GCM, new byte[0], new byte[0],
                        sealed.encapsulatedKey(), sealed.ciphertext()));
        run(dsa.wireName() + " sign, hedged (as /signatures)", seconds, () -> {
            MLDSASigner s = new MLDSASigner();
            s.init(true, new ParametersWithContext(new ParametersWithRandom(dsaKey, random), new byte[0]));
            s.update(message, 0, message.length);
            return s.generateSignature();
        });
        run(dsa.wireName() + " verify (pk decoded, as /verify)", seconds, () -> {
            MLDSASigner v = new MLDSASigner();
            v.init(false, new ParametersWithContext(new MLDSAPublicKeyParameters(PqAlgorithms.signature(dsa), pk),
                    new byte[0]));
            v.update(message, 0, message.length);
            if (!v.verifySignature(signature)) {
                throw new IllegalStateException("signature does not verify");
            }
            return null;
        });
    }

    private static void run(String name, int seconds, Op operation) throws Exception {
        long warmupEnd = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < warmupEnd) {
            operation.run();
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
                try {
                    while (System.nanoTime() < end) {
                        operation.run();
                        n++;
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
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
        System.out.printf("%-42s %8.0f ops/s wall (2 threads)   %8.0f ops per CPU-second   %6.1f µs CPU/op%n", name,
                ops.get() / wall, ops.get() / (cpu / 1e9), cpu / 1e3 / ops.get());
    }
}
