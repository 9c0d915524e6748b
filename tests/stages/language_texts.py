"""Invented sentences in several languages for the language tests (no corpus text): a town council and a bridge."""

ENGLISH = (
    "The council said on Monday that it was ready to pay for the new bridge. The work has been delayed for years, "
    "and residents of the town were told that the road would open in the spring. This is the third plan in a decade."
)
GERMAN = (
    "Der Stadtrat hat am Montag gesagt, dass die neue Brücke bald gebaut wird. Die Arbeiten sind seit Jahren "
    "verzögert, und die Bewohner der Stadt wurden auch nicht gefragt. Es ist der dritte Plan mit einem neuen Budget."
)
FRENCH = (
    "Le conseil municipal a annoncé lundi qu'il est prêt à payer pour le nouveau pont. Les travaux sont retardés "
    "depuis des années, et les habitants de la ville attendent une réponse dans les prochains mois sur le projet."
)
SPANISH = (
    "El ayuntamiento dijo el lunes que está listo para pagar el nuevo puente. Las obras se han retrasado durante "
    "años, y los vecinos de la ciudad esperan una respuesta en los próximos meses sobre el proyecto del puerto."
)
PORTUGUESE = (
    "A prefeitura disse na segunda-feira que está pronta para pagar a nova ponte. As obras foram adiadas por anos, "
    "e os moradores da cidade não receberam uma resposta do governo sobre o projeto, que foi aprovado em março."
)
ITALIAN = (
    "Il consiglio comunale ha detto lunedì che è pronto a pagare per il nuovo ponte. I lavori sono in ritardo da "
    "anni, e gli abitanti della città aspettano una risposta anche nei prossimi mesi sul progetto della strada."
)
DUTCH = (
    "De gemeenteraad zei maandag dat het klaar is om voor de nieuwe brug te betalen. Het werk is al jaren "
    "vertraagd, en de bewoners van de stad zijn niet op de hoogte gebracht van een nieuw plan met een budget."
)
INDONESIAN = (
    "Dewan kota mengatakan pada hari Senin bahwa mereka siap untuk membayar jembatan yang baru. Pekerjaan itu "
    "tertunda selama bertahun-tahun dan warga kota tidak mendapat jawaban dari pemerintah dalam bulan ini."
)
RUSSIAN = (
    "Городской совет заявил в понедельник, что готов заплатить за новый мост. Работы задерживаются уже много лет, "
    "и жители города не получили ответа от властей, как и в прошлом году, по этому плану для района."
)
KOREAN = (
    "시의회는 월요일 새 다리 건설 비용을 지불할 준비가 되었다고 밝혔다. "
    "공사는 수년 동안 지연되었고 주민들은 아직 답을 듣지 못했다."
)
JAPANESE = (
    "市議会は月曜日、新しい橋の費用を支払う準備ができたと発表した。"
    "工事は何年も遅れており、住民はまだ答えを受け取っていない。"
)
CHINESE = "市议会周一表示已准备好为新桥支付费用。工程已拖延多年，居民们至今没有得到政府的任何答复，他们希望尽快开工。"
ARABIC = (
    "قال مجلس المدينة يوم الاثنين إنه مستعد لدفع تكاليف الجسر الجديد. وقد تأخرت الأعمال لسنوات ولم يتلق السكان أي رد."
)
