// Run: mvn -q compile && javac -cp target/classes -d /tmp src/bench/CountOrderK.java && java -cp target/classes:/tmp CountOrderK 12 10000
import seqlab.data.*;
import java.util.*;
/** Order-k count models on the synthetic order-3 process of bench --quality: how far counting gets with the same data. */
public class CountOrderK {
  public static void main(String[] a) {
    int items = Integer.parseInt(a[0]); int nseq = Integer.parseInt(a[1]);
    OrderKProcess p = OrderKProcess.random(3, items, 3);
    SequenceData d = p.generate(nseq, 20, 103);
    List<List<String>> s = d.sequences();
    int ntrain = nseq * 8 / 10;
    for (int k = 1; k <= 3; k++) {
      Map<String, Map<String,Integer>> c = new HashMap<>();
      for (int i = 0; i < ntrain; i++) { List<String> q = s.get(i);
        for (int t = 1; t < q.size(); t++) { String ctx = String.join(" ", q.subList(Math.max(0,t-k), t));
          c.computeIfAbsent(ctx, x -> new HashMap<>()).merge(q.get(t), 1, Integer::sum); } }
      long hit=0, n=0;
      for (int i = nseq*9/10; i < nseq; i++) { List<String> q = s.get(i);
        for (int t = 1; t < q.size(); t++) { String ctx = String.join(" ", q.subList(Math.max(0,t-k), t));
          Map<String,Integer> m = c.get(ctx); String best = null; int bc=-1;
          if (m != null) for (var e : m.entrySet()) if (e.getValue() > bc) { bc = e.getValue(); best = e.getKey(); }
          if (q.get(t).equals(best)) hit++; n++; } }
      System.out.printf("order-%d counts: test hr@1 %.4f (%d targets)%n", k, hit/(double)n, n);
    }
  }
}
